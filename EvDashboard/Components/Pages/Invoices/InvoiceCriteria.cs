using System.Globalization;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Billing.Queries;
using Microsoft.AspNetCore.WebUtilities;

namespace EvDashboard.Components.Pages.Invoices;

/// <summary>
/// The invoice filters as a query string, shared by the list page (its CSV link), the CSV export and the API:
/// from/to (the site's local dates, inclusive, yyyy-MM-dd), kind, status (paid, unpaid, overdue), buyer, number, skip, take.
/// </summary>
internal sealed record InvoiceCriteria(
    DateOnly? From = null, DateOnly? To = null, InvoiceKind? Kind = null, InvoiceStatusFilter? Status = null, string? Buyer = null, string? Number = null)
{
    /// <summary>Reads the query string; a value that does not parse is named in <paramref name="errors"/>.</summary>
    public static (InvoiceCriteria Criteria, int Skip, int Take) Parse(IQueryCollection query, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        var criteria = new InvoiceCriteria(
            Date(query, "from", errors), Date(query, "to", errors), Choice<InvoiceKind>(query, "kind", errors), Choice<InvoiceStatusFilter>(query, "status", errors),
            Text(query, "buyer"), Text(query, "number"));
        var skip = WholeNumber(query, "skip", 0, 0, int.MaxValue, errors);
        var take = WholeNumber(query, "take", InvoiceFilter.DefaultTake, 1, InvoiceFilter.MaxTake, errors);
        if (criteria.From > criteria.To)
        {
            errors["to"] = ["Not before from."];
        }

        return (criteria, skip, take);
    }

    public InvoiceFilter ToFilter(int skip = 0, int take = InvoiceFilter.DefaultTake) => new(From, To, Kind, Status, Buyer, Number, skip, take);

    public string ToQueryString()
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["kind"] = Kind?.ToString().ToLowerInvariant(),
            ["status"] = Status?.ToString().ToLowerInvariant(),
            ["buyer"] = Buyer,
            ["number"] = Number,
        };
        return QueryHelpers.AddQueryString(string.Empty, values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    private static DateOnly? Date(IQueryCollection query, string key, IDictionary<string, string[]> errors)
    {
        var value = query[key].ToString();
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[key] = ["A date as yyyy-MM-dd."];
        return null;
    }

    private static T? Choice<T>(IQueryCollection query, string key, IDictionary<string, string[]> errors)
        where T : struct, Enum
    {
        var value = query[key].ToString();
        if (value.Length == 0)
        {
            return null;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        errors[key] = [$"One of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}."];
        return null;
    }

    private static string? Text(IQueryCollection query, string key) => query[key].ToString() is { Length: > 0 } text ? text.Trim() : null;

    private static int WholeNumber(IQueryCollection query, string key, int fallback, int min, int max, IDictionary<string, string[]> errors)
    {
        var value = query[key].ToString();
        if (value.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors[key] = [$"A whole number {min}..{max}."];
        return fallback;
    }
}
