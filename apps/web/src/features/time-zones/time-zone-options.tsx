import type { TimeZoneChoices } from './time-zone-choices'

/** The <option>s of a time-zone <select>: the stored zone if unlisted, then one <optgroup> per group. */
export function TimeZoneOptions({ choices }: { choices: TimeZoneChoices }) {
  return (
    <>
      {choices.lead.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
      {choices.groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  )
}
