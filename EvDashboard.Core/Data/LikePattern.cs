namespace EvDashboard.Core.Data;

/// <summary>
/// LIKE patterns that match what an operator typed literally: % and _ (LIKE's wildcards) and the escape character are
/// escaped, so the query must pass <see cref="Escape"/> to <c>EF.Functions.Like</c>. SQLite's LIKE has no default escape
/// character, hence the explicit one.
/// </summary>
internal static class LikePattern
{
    public const string Escape = "\\";

    /// <summary>A pattern for <paramref name="text"/> (trimmed) anywhere in the value, or at its start; null for blank text.</summary>
    public static string? For(string? text, bool anywhere)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var literal = text.Trim()
            .Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
        return (anywhere ? "%" : string.Empty) + literal + "%";
    }
}
