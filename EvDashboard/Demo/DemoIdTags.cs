namespace EvDashboard.Demo;

/// <summary>
/// The demo drivers' tokens (RFID UIDs and an app token). The seeder puts the accepted ones and the blocked one
/// in the idTag table; the unknown one is never stored, so it shows up in the unknown-tag records.
/// </summary>
internal static class DemoIdTags
{
    public const string Blocked = "04B10C4ED0C4ED";
    public const string Unknown = "04FFEE00C0FFEE";

    public static IReadOnlyList<string> Accepted { get; } =
    [
        "04A1B2C3D4E501", "04A1B2C3D4E502", "04A1B2C3D4E503", "04A1B2C3D4E504",
        "04A1B2C3D4E505", "04A1B2C3D4E506", "04A1B2C3D4E507", "APP-7F3K2Q9XW1",
    ];

    /// <summary>Mostly known drivers; now and then a blocked card or a stranger's.</summary>
    public static string Pick(Random random)
    {
        var roll = random.NextDouble();
        return roll < 0.04 ? Blocked : roll < 0.08 ? Unknown : Accepted[random.Next(Accepted.Count)];
    }

    public static string PickAccepted(Random random) => Accepted[random.Next(Accepted.Count)];
}
