"use client";

import { useEffect, useState } from "react";

type Props = { url: string; title: string; text: string; labels: { copy: string; copied: string; native: string } };

/** Copy-link and the device's share sheet: shown only where the browser can do them. */
export function ShareButtons({ url, title, text, labels }: Props) {
  const [ready, setReady] = useState({ copy: false, native: false });
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    // Capabilities are only known in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReady({ copy: Boolean(navigator.clipboard), native: typeof navigator.share === "function" });
  }, []);
  if (!ready.copy && !ready.native) return null;
  return (
    <p className="share-buttons">
      {ready.copy && (
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          }}
        >
          {labels.copy}
        </button>
      )}
      {ready.native && (
        <button type="button" onClick={() => navigator.share({ url, title, text }).catch(() => undefined)}>
          {labels.native}
        </button>
      )}
      <span role="status" className="muted">
        {copied ? labels.copied : ""}
      </span>
    </p>
  );
}
