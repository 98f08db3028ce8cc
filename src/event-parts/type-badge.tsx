import type { CSSProperties } from 'react';
import type { TypeStyle } from '../dataset/vocab';

/** An event type's label on its own colour, with text in black or white for contrast. */
export function TypeBadge({ type }: { type: TypeStyle | undefined }) {
  if (!type) return null;
  return (
    <bdi
      className="badge type-badge"
      style={{ '--et-color': type.color, '--et-text': type.textColor } as CSSProperties}
    >
      {type.type.label}
    </bdi>
  );
}
