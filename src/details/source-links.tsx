import type { Source } from '../dataset/schema';
import { isHttpUrl } from '../dataset/schema';
import { formatDate } from '../lib/dates';
import { humanize } from '../lib/format';

/** Each source as a real link, opening in a new tab; only http(s) addresses become links. */
export function SourceLinks({ sources }: { sources: Source[] }) {
  return (
    <ul className="space-y-3">
      {sources.map((source, i) => (
        <li key={i} className="text-sm">
          {isHttpUrl(source.url) ? (
            <a
              className="link font-medium wrap-anywhere"
              href={source.url}
              target="_blank"
              rel="noopener noreferrer"
            >
              {source.title}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : (
            <span className="font-medium wrap-anywhere">{source.title}</span>
          )}
          <div className="text-xs text-slate-700">
            {[
              source.publisher,
              source.published ? formatDate(source.published) : 'date not shown',
              humanize(source.kind),
            ].join(' · ')}
          </div>
        </li>
      ))}
    </ul>
  );
}
