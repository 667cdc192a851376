namespace EvDashboard.Core.Tariffs.Administration;

/// <summary>The outcome of a tariff change: the tariff (and version or assignment) it concerns, or the errors that stopped it.</summary>
public sealed record TariffChangeResult(TariffChangeStatus Status, int? TariffId = null, int? Version = null, int? AssignmentId = null, TariffErrors? Errors = null)
{
    public bool Succeeded => Status is TariffChangeStatus.Created or TariffChangeStatus.Saved or TariffChangeStatus.Unchanged;

    public static TariffChangeResult NotFound { get; } = new(TariffChangeStatus.NotFound);

    public static TariffChangeResult Invalid(TariffErrors errors) => new(TariffChangeStatus.Invalid, Errors: errors);

    public static TariffChangeResult Invalid(string field, string message)
    {
        var errors = new TariffErrors();
        errors.Add(field, message);
        return Invalid(errors);
    }
}
