namespace EvDashboard.Core.Tariffs;

/// <summary>
/// When a price applies, in the site's local time. Days empty or null: every day. Start/end null: all day;
/// end before start: the band runs over midnight (22:00–06:00); end 00:00 means midnight at the end of the day.
/// A band is tested against the local date and time of each moment, so a band over midnight that is limited
/// to Friday covers Friday 22:00–24:00 only. Energy limits are positions in the session's delivered energy
/// (first 20 kWh: MaxEnergyWh 20000), start inclusive, end exclusive.
/// </summary>
public sealed record PriceRestriction(
    IReadOnlyList<DayOfWeek>? Days = null,
    TimeOnly? StartTime = null,
    TimeOnly? EndTime = null,
    long? MinEnergyWh = null,
    long? MaxEnergyWh = null);
