import type { FindingKind } from "@/server/findings/import/finding-record";
import { Link } from "@/lib/i18n/navigation";
import { FindingMeta } from "./finding-meta";
import { FindingTitle } from "./finding-title";

type Item = { id: string; date: string; kind: FindingKind; binding?: boolean; incomplete: boolean; title: { en: string; fr: string } };

/** Findings as links to their pages, each with its date and kind: related records, a campaign's findings. */
export function FindingLinkList({ items }: { items: Item[] }) {
  return (
    <ul className="finding-links">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={{ pathname: "/findings/[id]", params: { id: item.id } }}>
            <FindingTitle title={item.title} />
          </Link>{" "}
          <FindingMeta {...item} />
        </li>
      ))}
    </ul>
  );
}
