/**
 * "Moje uwagi" as the server renders it, before the panel reads this browser's storage: how to
 * send a remark without JavaScript (the blank form), or, once the period has ended by the build's
 * day, the notice that it has.
 */
export function RemarksWithoutScript({ templateHref, closedNotice }: { templateHref: string; closedNotice: string | null }) {
  if (closedNotice)
    return (
      <div className="remarks">
        <p className="remarks__phase" role="note">
          {closedNotice}
        </p>
        <p className="remarks__status" role="status"></p>
      </div>
    );
  return (
    <div className="remarks">
      <p>Uwagi zgłasza się przyciskiem „Zgłoś uwagę” przy ustępie; zapisują się w tej przeglądarce. Ta część strony działa z włączonym JavaScriptem.</p>
      <p>
        Bez JavaScriptu <a href={templateHref}>pobierz pusty formularz uwag (CSV)</a> z numerami i treścią wszystkich ustępów, uzupełnij go w arkuszu
        kalkulacyjnym i wyślij.
      </p>
      <p className="remarks__status" role="status"></p>
    </div>
  );
}
