namespace EvDashboard.Core.Tariffs.Administration;

public enum TariffChangeStatus
{
    Created,
    Saved,

    /// <summary>The submitted definition equals the current version: nothing was stored, no version added.</summary>
    Unchanged,

    /// <summary>The input broke a rule; <see cref="TariffChangeResult.Errors"/> says which. Nothing was stored.</summary>
    Invalid,
    NotFound,
}
