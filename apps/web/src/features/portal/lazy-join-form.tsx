'use client'

import dynamic from 'next/dynamic'

/**
 * The join form, loaded only when the page renders it (a first visit): the dashboard a client
 * sees every day then ships none of its API client (tRPC, TanStack Query, superjson) nor its
 * checkbox. Still rendered on the server, so the form is in the HTML from the start.
 */
export const LazyJoinForm = dynamic(() => import('./join-form').then((module) => module.JoinForm))
