import { countryName, countryOptions } from "../state/countries.ts";

interface CountryInputProps {
  id: string;
  name?: string;
  value: string;
  /** Called with the upper-cased code on every keystroke, or on change only (`live: false`, e.g. when it fetches). */
  onValue: (code: string) => void;
  live?: boolean;
  invalid?: boolean;
  /** Ids of help or error texts, besides the country's name this input shows. */
  describedBy?: string;
  required?: boolean;
  autoComplete?: string;
}

/**
 * A country by its ISO alpha-3 code, as the API takes it, with every UN member state offered by name in the reader's
 * language (a datalist) and the name of the code entered shown beside it, so nobody has to know codes by heart.
 */
export function CountryInput(props: CountryInputProps) {
  const { id, value, live = true } = props;
  const name = countryName(value);
  const handler = (e: Event) => props.onValue((e.target as HTMLInputElement).value.trim().toUpperCase());
  return (
    <>
      <input
        id={id}
        name={props.name}
        value={value}
        maxLength={3}
        list={`${id}-options`}
        autoComplete={props.autoComplete ?? "off"}
        required={props.required}
        aria-invalid={props.invalid}
        aria-describedby={[`${id}-name`, props.describedBy].filter(Boolean).join(" ")}
        {...(live ? { onInput: handler } : { onChange: handler })}
      />
      <datalist id={`${id}-options`}>
        {countryOptions().map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </datalist>
      <span id={`${id}-name`} class="country-name">
        {name === value ? "" : name}
      </span>
    </>
  );
}
