using static EvDashboard.Core.Revenue.Reports.ReportNumbers;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// Revenue from RevenueDays: sessions, energy, net, VAT, gross and the averages per session. Amounts in different
/// currencies are never added: with more than one, rows are split by currency (unpriced sessions in a row of their own).
/// </summary>
internal static class RevenueReport
{
    public const string Title = "Revenue";

    private const string Unpriced = "Unpriced";

    public static async Task<ReportResult> BuildAsync(ReportContext context, CancellationToken cancellationToken)
    {
        var facts = await context.Reader.RevenueAsync(context.Grouping, context.Range, cancellationToken);
        var previousFacts = context.ComparisonRange is { } comparison
            ? await context.Reader.RevenueAsync(context.Grouping, comparison, cancellationToken)
            : null;
        var currencies = CurrenciesOf(facts.Concat(previousFacts ?? []));
        var split = currencies.Count > 1;
        var buckets = split && facts.Concat(previousFacts ?? []).Any(f => f.Currency.Length == 0) ? [.. currencies, string.Empty] : split ? currencies : [string.Empty];
        Func<RevenueFact, string> bucketOf = split ? f => f.Currency : _ => string.Empty;
        var current = ReportCells<RevenueSums>.Of(facts, f => context.Layout.RowOf(f.Key), bucketOf, RevenueSums.Add);
        var previous = previousFacts is null ? null : ReportCells<RevenueSums>.Of(previousFacts, f => context.ComparisonLayout!.RowOf(f.Key), bucketOf, RevenueSums.Add);
        var money = new RevenueMoney(split ? null : currencies.FirstOrDefault(), split ? currencies.Max(c => CurrencyOf(c).MinorDigits) : currencies.Count == 1 ? CurrencyOf(currencies[0]).MinorDigits : 2);
        var columns = Columns(context, split, money, previous is not null);
        if (split)
        {
            context.Filters.Add($"Currencies: {string.Join(", ", currencies)}; amounts in different currencies are never added together");
        }

        var rows = current.IsEmpty ? [] : Rows(context, current, previous, buckets, split, money);
        var total = current.IsEmpty ? null : new ReportRow([.. context.Layout.TotalKeyValues(), .. split ? new object?[] { null } : [], .. Measures(current.Total, previous?.Total, money, pricedCurrency: !split && money.Currency is not null)]);
        var figures = Figures(facts, previousFacts, currencies);
        var series = previous is null ? new[] { "gross" } : ["gross", "previousGross"];
        var chart = new ReportChart(rows.Count > 62 ? ReportChartKind.Line : ReportChartKind.Bar, context.Layout.LabelColumn, series);
        return new ReportResult(context.Request, Title, context.Filters, columns, rows, total, figures, chart);
    }

    /// <summary>Priced currencies, the one with the most sessions first (ties by code).</summary>
    internal static List<string> CurrenciesOf(IEnumerable<RevenueFact> facts) =>
        facts.Where(f => f.Currency.Length > 0).GroupBy(f => f.Currency, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(f => f.Sessions)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();

    private static List<ReportColumn> Columns(ReportContext context, bool split, RevenueMoney money, bool comparing)
    {
        var unit = money.Currency;
        var columns = new List<ReportColumn>(context.Layout.KeyColumns);
        if (split)
        {
            columns.Add(new ReportColumn("currency", "Currency", ReportValueKind.Text));
        }

        columns.AddRange(
        [
            new("sessions", "Sessions", ReportValueKind.Count),
            new("energyKwh", "Energy", ReportValueKind.Number, "kWh", KwhDecimals),
            new("net", "Net", ReportValueKind.Number, unit, money.Decimals),
            new("vat", "VAT", ReportValueKind.Number, unit, money.Decimals),
            new("gross", "Gross", ReportValueKind.Number, unit, money.Decimals),
            new("avgGrossPerSession", "Avg gross per session", ReportValueKind.Number, unit, money.Decimals),
            new("avgKwhPerSession", "Avg kWh per session", ReportValueKind.Number, "kWh", KwhDecimals),
        ]);
        if (comparing)
        {
            columns.AddRange(
            [
                new("previousGross", "Previous gross", ReportValueKind.Number, unit, money.Decimals),
                new("previousSessions", "Previous sessions", ReportValueKind.Count),
                new("previousEnergyKwh", "Previous kWh", ReportValueKind.Number, "kWh", KwhDecimals),
            ]);
        }

        return columns;
    }

    private static List<ReportRow> Rows(ReportContext context, ReportCells<RevenueSums> current, ReportCells<RevenueSums>? previous, List<string> buckets, bool split, RevenueMoney money)
    {
        var empty = new RevenueSums();
        var keys = ReportCells<RevenueSums>.RowKeys(context.Layout, current, previous, buckets);
        if (!context.Layout.IsTime)
        {
            keys = [.. keys.OrderBy(k => buckets.IndexOf(k.Bucket)).ThenByDescending(k => current.Find(k.Row, k.Bucket)?.GrossMinor ?? 0)
                .ThenByDescending(k => current.Find(k.Row, k.Bucket)?.Sessions ?? 0).ThenBy(k => context.Layout.SortLabel(k.Row), StringComparer.Ordinal)];
        }

        return keys.ConvertAll(k =>
        {
            var rowMoney = split ? money with { Currency = k.Bucket.Length == 0 ? null : k.Bucket, Decimals = k.Bucket.Length == 0 ? money.Decimals : CurrencyOf(k.Bucket).MinorDigits } : money;
            var measures = Measures(current.Find(k.Row, k.Bucket) ?? empty, previous is null ? null : previous.Find(k.Row, k.Bucket) ?? empty, rowMoney, rowMoney.Currency is not null);
            object?[] currency = split ? [k.Bucket.Length == 0 ? Unpriced : k.Bucket] : [];
            return new ReportRow([.. context.Layout.KeyValues(k.Row), .. currency, .. measures]);
        });
    }

    private static object?[] Measures(RevenueSums sums, RevenueSums? previous, RevenueMoney money, bool pricedCurrency)
    {
        decimal? Amount(long minor) => pricedCurrency ? Money(minor, money.Currency!) : null;
        var gross = Amount(sums.GrossMinor);
        var values = new List<object?>
        {
            sums.Sessions, Kwh(sums.EnergyWh), Amount(sums.NetMinor), Amount(sums.VatMinor), gross,
            gross is { } g ? Average(g, sums.PricedSessions, CurrencyOf(money.Currency!).MinorDigits) : null,
            AverageKwh(sums.EnergyWh, sums.Sessions),
        };
        if (previous is not null)
        {
            values.AddRange([Amount(previous.GrossMinor), previous.Sessions, Kwh(previous.EnergyWh)]);
        }

        return [.. values];
    }

    private static List<ReportFigure> Figures(List<RevenueFact> facts, List<RevenueFact>? previousFacts, List<string> currencies)
    {
        var current = ReportCells<RevenueSums>.Of(facts, _ => ReportKey.Whole, f => f.Currency, RevenueSums.Add);
        var previous = previousFacts is null ? null : ReportCells<RevenueSums>.Of(previousFacts, _ => ReportKey.Whole, f => f.Currency, RevenueSums.Add);
        var figures = new List<ReportFigure>();
        foreach (var code in currencies)
        {
            var now = current.Find(ReportKey.Whole, code) ?? new RevenueSums();
            var before = previous is null ? null : previous.Find(ReportKey.Whole, code) ?? new RevenueSums();
            var digits = CurrencyOf(code).MinorDigits;
            var suffix = currencies.Count > 1 ? $" ({code})" : string.Empty;
            ReportFigure Amount(string title, Func<RevenueSums, long> minor) =>
                new(title + suffix, Money(minor(now), code), code, digits, before is null ? null : Money(minor(before), code));
            figures.Add(Amount("Gross", s => s.GrossMinor));
            figures.Add(Amount("Net", s => s.NetMinor));
            figures.Add(Amount("VAT", s => s.VatMinor));
            figures.Add(new ReportFigure(
                "Avg gross per session" + suffix, Average(Money(now.GrossMinor, code), now.PricedSessions, digits) ?? 0m, code, digits,
                before is null ? null : Average(Money(before.GrossMinor, code), before.PricedSessions, digits) ?? 0m));
        }

        figures.AddRange(SessionFigures(current.Total, previous?.Total));
        return figures;
    }

    internal static IEnumerable<ReportFigure> SessionFigures(RevenueSums now, RevenueSums? before)
    {
        yield return new ReportFigure("Sessions", now.Sessions, "sessions", 0, before?.Sessions);
        yield return new ReportFigure("Energy", Kwh(now.EnergyWh), "kWh", KwhDecimals, before is null ? null : Kwh(before.EnergyWh));
        yield return new ReportFigure(
            "Avg kWh per session", AverageKwh(now.EnergyWh, now.Sessions) ?? 0m, "kWh", KwhDecimals, before is null ? null : AverageKwh(before.EnergyWh, before.Sessions) ?? 0m);
    }
}
