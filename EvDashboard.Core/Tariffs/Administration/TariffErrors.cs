namespace EvDashboard.Core.Tariffs.Administration;

/// <summary>
/// Validation messages keyed by field path ("Energy[1].Restriction.EndTime"), in the shape of RFC 7807
/// validation problems, so the API, the editor and the tests read the same keys.
/// </summary>
public sealed class TariffErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public static TariffErrors None { get; } = new();

    public bool IsEmpty => _errors.Count == 0;

    public IEnumerable<string> Fields => _errors.Keys;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void AddRange(TariffErrors other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (field, messages) in other._errors)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }
    }

    /// <summary>The first message for a field, or null: one message beside a field is enough to act on.</summary>
    public string? For(string field) => _errors.TryGetValue(field, out var messages) ? messages[0] : null;

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
