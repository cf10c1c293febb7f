type Props = { title: string; places: { label: string; count: number }[]; empty: string; placeLabel: string; countLabel: string; locale: string };

/**
 * The top places as a table whose rows carry a bar in proportion to the first: a long riding name
 * wraps instead of crowding a chart axis, one place does not become one huge bar, and the figures
 * stay text at any width.
 */
export function PlaceBars({ title, places, empty, placeLabel, countLabel, locale }: Props) {
  const max = Math.max(1, ...places.map((place) => place.count));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {places.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="data compact place-bars">
          <thead>
            <tr>
              <th scope="col">{placeLabel}</th>
              <th scope="col" className="number">
                {countLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {places.map((place) => (
              <tr key={place.label}>
                <th scope="row">
                  {place.label}
                  <span className="bar" style={{ width: `${(place.count / max) * 100}%` }} aria-hidden="true" />
                </th>
                <td className="number">{place.count.toLocaleString(locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
