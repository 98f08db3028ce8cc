import type { Source } from '../dataset/schema';
import { isHttpUrl } from '../dataset/fields';
import { formatDate } from '../lib/dates';
import { humanize } from '../lib/format';

/**
 * A saved copy of the page: the one named in the data, else the Wayback Machine's capture nearest
 * the publication date (or its latest, when the date is not known).
 */
export function archiveLink(source: Source): string {
  if (source.archiveUrl) return source.archiveUrl;
  const stamp = source.published ? source.published.replace(/-/g, '') : '';
  return `https://web.archive.org/web/${stamp ? `${stamp}/` : ''}${source.url}`;
}

const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** Each source as a real link, opening in a new tab, with its archived copy; only http(s) addresses become links. */
export function SourceLinks({ sources }: { sources: Source[] }) {
  // Imported timelines may have events without a link: say so rather than show an empty list.
  if (sources.length === 0) return <p className="text-sm text-slate-700">No source given.</p>;
  return (
    <ul className="space-y-3">
      {sources.map((source, i) => {
        const linkable = isHttpUrl(source.url);
        return (
          <li key={i} className="text-sm">
            {linkable ? (
              <a className="link font-medium wrap-anywhere" href={source.url} {...NEW_TAB}>
                <bdi>{source.title}</bdi> <span className="sr-only">(opens in a new tab)</span>
              </a>
            ) : (
              <bdi className="font-medium wrap-anywhere">{source.title}</bdi>
            )}
            <div className="text-xs wrap-anywhere text-slate-700">
              <bdi>{source.publisher}</bdi>
              {` · ${source.published ? formatDate(source.published) : 'date not shown'} · ${humanize(source.kind)}`}
              {linkable && (
                <>
                  {' · '}
                  <a className="link" href={archiveLink(source)} {...NEW_TAB}>
                    Archived copy{' '}
                    <span className="sr-only">
                      of <bdi>{source.title}</bdi> (opens in a new tab)
                    </span>
                  </a>
                </>
              )}
            </div>
            <div className="hidden text-xs wrap-anywhere text-slate-700 print:block">
              <bdi>{source.url}</bdi>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
