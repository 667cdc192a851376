namespace EvDashboard.Core.Access;

/// <summary>A new API key's or display token's secret: returned once to show the Admin, never stored in clear.</summary>
public sealed record IssuedSecret(long Id, string Name, string Secret);
