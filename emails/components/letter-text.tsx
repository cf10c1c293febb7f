import { Text } from "@react-email/text";
import { Fragment } from "react";
import { paragraphsOf } from "@/lib/letters/merge-fields";

/**
 * A supporter's letter as plain paragraphs (never markup): one <p> per paragraph and a <br> per line
 * break, so that both the HTML and the plain-text part keep the letter's blank lines and its
 * "Sincerely,⏎Name" lines.
 */
export function LetterText({ body }: { body: string }) {
  return paragraphsOf(body).map((lines, index) => (
    <Text key={index}>
      {lines.map((line, n) => (
        <Fragment key={n}>
          {n > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </Text>
  ));
}
