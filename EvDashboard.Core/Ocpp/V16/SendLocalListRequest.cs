namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.41: the payload of SendLocalList.req.</summary>
public sealed record SendLocalListRequest
{
    public required int ListVersion { get; init; }

    /// <summary>Idtags must be unique within the list.</summary>
    public IReadOnlyList<AuthorizationData>? LocalAuthorizationList { get; init; }

    public required UpdateType UpdateType { get; init; }
}
