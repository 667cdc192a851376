namespace EvDashboard.Core.Billing;

/// <summary>
/// The last number issued in a series and year. Incremented in the same database transaction that stores the
/// invoice, so numbers are gap-free and never repeat (a rolled-back issue rolls its number back too).
/// </summary>
public sealed class InvoiceCounter
{
    private InvoiceCounter()
    {
        Series = string.Empty;
    }

    public InvoiceCounter(string series, int year)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(series);
        Series = series;
        Year = year;
    }

    public string Series { get; private set; }

    public int Year { get; private set; }

    public int Last { get; private set; }

    public int Next() => ++Last;
}
