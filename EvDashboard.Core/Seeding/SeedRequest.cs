namespace EvDashboard.Core.Seeding;

/// <summary>
/// What the history seeder creates: <paramref name="Sessions"/> sessions over the last <paramref name="Days"/> days on
/// <paramref name="ChargePoints"/> charge points (null: enough for about eight sessions per connector per day).
/// The same <paramref name="RandomSeed"/> gives the same rows, apart from where "now" puts the end of the history.
/// </summary>
public sealed record SeedRequest(int Sessions, int Days, int? ChargePoints, int RandomSeed, bool Append)
{
    public const int MaxSessions = 5_000_000;

    public const int MaxDays = 3650;

    public const int MaxChargePoints = 10_000;

    /// <summary>At least ten charge points; with 2–4 connectors each (three on average), about eight sessions per connector per day.</summary>
    public int ChargePointCount => ChargePoints ?? Math.Max(10, (int)Math.Ceiling(Sessions / (Days * 8.0 * 3)));
}
