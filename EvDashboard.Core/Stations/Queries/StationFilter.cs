namespace EvDashboard.Core.Stations.Queries;

/// <summary>
/// Which charge points a list shows: <see cref="Search"/> matches id, name, vendor or model (any case);
/// <see cref="State"/> keeps online charge points with a connector in that state; <see cref="Online"/> keeps online or offline ones.
/// </summary>
public sealed record StationFilter(string? Search = null, ConnectorStatus? State = null, bool? Online = null)
{
    public static StationFilter All { get; } = new();

    public bool Matches(StationState station)
    {
        ArgumentNullException.ThrowIfNull(station);
        if (Online is { } online && station.Online != online)
        {
            return false;
        }

        if (State is { } state && !(station.Online && station.Connectors.Any(c => c.Status == state)))
        {
            return false;
        }

        return string.IsNullOrWhiteSpace(Search) || Contains(station.Id) || Contains(station.Name) || Contains(station.Vendor) || Contains(station.Model);
    }

    private bool Contains(string? text) => text is not null && text.Contains(Search!.Trim(), StringComparison.OrdinalIgnoreCase);
}
