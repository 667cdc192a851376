namespace EvDashboard.Core.Tariffs;

/// <summary>One immutable set of prices of a tariff. Sessions point at the version in force when they started.</summary>
public sealed class TariffVersion
{
    private TariffDefinition? _definition;

    private TariffVersion()
    {
        DefinitionJson = CreatedBy = string.Empty;
    }

    internal TariffVersion(Tariff tariff, int version, TariffDefinition definition, string createdBy, DateTimeOffset createdAt)
    {
        Tariff = tariff;
        Version = version;
        DefinitionJson = TariffJson.Serialize(definition);
        _definition = definition;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int TariffId { get; private set; }

    public Tariff? Tariff { get; private set; }

    public int Version { get; private set; }

    /// <summary>The prices as JSON (<see cref="TariffJson"/>): written once, never updated.</summary>
    public string DefinitionJson { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public TariffDefinition Definition => _definition ??= TariffJson.DeserializeDefinition(DefinitionJson);
}
