namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>The one row saying which time zone the rollups were built in and when they were last brought up to date.</summary>
public sealed class RollupState
{
    public const int SingletonId = 1;

    private RollupState()
    {
        TimeZone = string.Empty;
    }

    public RollupState(string timeZone)
    {
        Id = SingletonId;
        TimeZone = timeZone;
    }

    public int Id { get; private set; }

    /// <summary>The IANA zone whose local days and hours the rollups use; a different Site:TimeZone means a full rebuild.</summary>
    public string TimeZone { get; set; }

    public DateTimeOffset? BuiltAt { get; set; }

    /// <summary>The first and last local day that hold rollups (DayNumber); null before the first build.</summary>
    public int? FirstDay { get; set; }

    public int? LastDay { get; set; }
}
