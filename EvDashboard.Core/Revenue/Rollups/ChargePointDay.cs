namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>A charge point's site-local day: the authorisations it asked for (Authorize and StartTransaction) and how many were refused.</summary>
public sealed class ChargePointDay
{
    private ChargePointDay()
    {
        ChargePointId = string.Empty;
    }

    public ChargePointDay(string chargePointId, int day)
    {
        ChargePointId = chargePointId;
        Day = day;
    }

    public string ChargePointId { get; private set; }

    /// <summary>The site-local calendar date as <see cref="DateOnly.DayNumber"/>.</summary>
    public int Day { get; private set; }

    public int Authorizations { get; set; }

    /// <summary>Authorisations answered other than Accepted (Blocked, Expired, Invalid, ConcurrentTx).</summary>
    public int RejectedAuthorizations { get; set; }
}
