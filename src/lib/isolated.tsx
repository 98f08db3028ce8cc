import { Fragment } from 'react';

/**
 * Several pieces of dataset text joined by our own separator, each isolated, so a direction mark
 * left open in one cannot turn the separators or the words around it.
 */
export function Isolated({ texts, separator }: { texts: readonly string[]; separator: string }) {
  return texts.map((text, i) => (
    <Fragment key={i}>
      {i > 0 && separator}
      <bdi>{text}</bdi>
    </Fragment>
  ));
}
