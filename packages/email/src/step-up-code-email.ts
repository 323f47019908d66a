export interface StepUpCodeEmail {
  subject: string
  text: string
}

/**
 * The code that confirms a sensitive action (deleting a client, changing the team) in a session
 * that is already signed in. Worded apart from the sign-in code, so someone who did not ask for it
 * knows their session is being used.
 */
export function stepUpCodeEmail(code: string, locale: 'fr' | 'en', validMinutes: number): StepUpCodeEmail {
  if (locale === 'en') {
    return {
      subject: `${code} confirms your Portail action`,
      text: [
        `Your confirmation code: ${code}`,
        '',
        `Someone signed in to your account asked to confirm a sensitive action (deleting a client, changing the team…).`,
        `The code is valid for ${validMinutes} minutes and can be used once.`,
        'If it was not you, sign out of every session and contact your business’s owner.',
      ].join('\n'),
    }
  }
  return {
    subject: `${code} confirme votre action dans Portail`,
    text: [
      `Votre code de confirmation : ${code}`,
      '',
      'Une personne connectée à votre compte veut confirmer une action sensible (supprimer un client, modifier l’équipe…).',
      `Le code est valable ${validMinutes} minutes et ne sert qu’une fois.`,
      'Si ce n’est pas vous, déconnectez toutes vos sessions et prévenez le propriétaire de l’entreprise.',
    ].join('\n'),
  }
}
