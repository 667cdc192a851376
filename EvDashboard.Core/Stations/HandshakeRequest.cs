namespace EvDashboard.Core.Stations;

/// <summary>What a charge point presents when it opens its WebSocket.</summary>
/// <param name="User">The HTTP Basic user, or null when no credentials were sent.</param>
/// <param name="Password">The HTTP Basic password bytes (the key), or null.</param>
/// <param name="OverTls">The connection is wss (TLS), as security profile 2 requires.</param>
/// <param name="RemoteAddress">For the audit entry of a refused connection.</param>
public sealed record HandshakeRequest(string ChargePointId, string? User, byte[]? Password, bool OverTls, string? RemoteAddress)
{
    public bool HasCredentials => User is not null && Password is not null;
}
