namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.43: one measured value.</summary>
public sealed record SampledValue
{
    /// <summary>A decimal number for format Raw, hex data for SignedData; kept as text so nothing is lost.</summary>
    public required string Value { get; init; }

    /// <summary>ReadingContext (§7.35); absent means "Sample.Periodic".</summary>
    public string? Context { get; init; }

    /// <summary>ValueFormat (§7.49); absent means "Raw".</summary>
    public string? Format { get; init; }

    /// <summary>Measurand (§7.31); absent means "Energy.Active.Import.Register".</summary>
    public string? Measurand { get; init; }

    /// <summary>Phase (§7.34); absent means an overall value.</summary>
    public string? Phase { get; init; }

    /// <summary>Location (§7.30); absent means "Outlet".</summary>
    public string? Location { get; init; }

    /// <summary>UnitOfMeasure (§7.45); absent means "Wh".</summary>
    public string? Unit { get; init; }
}
