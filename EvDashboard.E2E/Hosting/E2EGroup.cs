namespace EvDashboard.E2E.Hosting;

/// <summary>Every browser test shares one app and one browser, and runs one at a time (latency figures stay honest).</summary>
[CollectionDefinition(Name)]
public sealed class E2EGroup : ICollectionFixture<E2EFixture>
{
    public const string Name = "E2E";
}
