namespace EvDashboard.Core.Revenue.Reports;

/// <summary>Connector-days, sessions and state seconds summed, with the charge points' refused authorisations.</summary>
internal sealed class UtilisationSums
{
    public long ConnectorDays { get; private set; }

    public long Sessions { get; private set; }

    public long FailedSessions { get; private set; }

    public long ChargingSeconds { get; private set; }

    public long OccupiedSeconds { get; private set; }

    public long AvailableSeconds { get; private set; }

    public long FaultedSeconds { get; private set; }

    public long UnavailableSeconds { get; private set; }

    public long OfflineSeconds { get; private set; }

    public long UnknownSeconds { get; private set; }

    public long RejectedAuthorizations { get; private set; }

    /// <summary>Every second of the rows' connector-days, known or not: the denominator of each state's share.</summary>
    public long AllSeconds => ChargingSeconds + OccupiedSeconds + AvailableSeconds + FaultedSeconds + UnavailableSeconds + OfflineSeconds + UnknownSeconds;

    public long InUseSeconds => ChargingSeconds + OccupiedSeconds;

    public static void Add(UtilisationSums sums, UtilisationFact fact)
    {
        sums.RejectedAuthorizations += fact.RejectedAuthorizations;
        if (fact.Time is not { } time)
        {
            return;
        }

        sums.ConnectorDays += time.ConnectorDays;
        sums.Sessions += time.Sessions;
        sums.FailedSessions += time.FailedSessions;
        sums.ChargingSeconds += time.ChargingSeconds;
        sums.OccupiedSeconds += time.OccupiedSeconds;
        sums.AvailableSeconds += time.AvailableSeconds;
        sums.FaultedSeconds += time.FaultedSeconds;
        sums.UnavailableSeconds += time.UnavailableSeconds;
        sums.OfflineSeconds += time.OfflineSeconds;
        sums.UnknownSeconds += time.UnknownSeconds;
    }
}
