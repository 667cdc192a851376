using EvDashboard.Core.Data;
using EvDashboard.Core.Ocpp;
using EvDashboard.Core.Stations;
using EvDashboard.Tests.Core.Data;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EvDashboard.Tests.Core.Stations;

public sealed class ChargePointAdmissionTests : IAsyncLifetime
{
    private const string Key = "0123456789abcdef-key";
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _time = new(T0.AddDays(1));
    private readonly OcppOptions _options = new();
    private LedgerDatabase _db = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _db = await LedgerDatabase.CreateAsync();
        _services = new ServiceCollection()
            .AddDbContextFactory<EvDashboardDbContext>(_db.Database.Configure)
            .BuildServiceProvider();
        await _db.WriteAsync((scope, _) =>
        {
            scope.Db.ChargePoints.Add(new ChargePoint("OPEN-1", null, T0, registeredOnFirstConnect: false));
            var locked = new ChargePoint("LOCKED-1", null, T0, registeredOnFirstConnect: false);
            locked.SetKeyHash(ChargePointKeyHasher.Hash(Key));
            scope.Db.ChargePoints.Add(locked);
            return Task.CompletedTask;
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Theory]
    [InlineData("OPEN-1", null, null, AdmissionResult.Admitted)]
    [InlineData("OPEN-1", "OPEN-1", "anything-at-all-1234", AdmissionResult.Admitted)]
    [InlineData("LOCKED-1", "LOCKED-1", Key, AdmissionResult.Admitted)]
    [InlineData("LOCKED-1", "LOCKED-1", Key + "x", AdmissionResult.Unauthorized)]
    [InlineData("LOCKED-1", "LOCKED-1", null, AdmissionResult.Unauthorized)]
    [InlineData("LOCKED-1", null, null, AdmissionResult.Unauthorized)]
    [InlineData("LOCKED-1", "locked-1", Key, AdmissionResult.Unauthorized)]
    [InlineData("LOCKED-1", "OPEN-1", Key, AdmissionResult.Unauthorized)]
    public async Task AdmitAsync_KnownChargePoint_KeyCheckedWhenSet(string id, string? user, string? password, AdmissionResult expected)
    {
        var admission = CreateAdmission();

        var result = await admission.AdmitAsync(id, user, password, CancellationToken.None);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData(UnknownChargePointPolicy.Reject, "NEW-1", AdmissionResult.Unknown, 0)]
    [InlineData(UnknownChargePointPolicy.Accept, "NEW-1", AdmissionResult.AdmittedAsNew, 1)]
    [InlineData(UnknownChargePointPolicy.Accept, "NEW/1", AdmissionResult.Unknown, 0)]
    [InlineData(UnknownChargePointPolicy.Accept, "", AdmissionResult.Unknown, 0)]
    public async Task AdmitAsync_UnknownChargePoint_PolicyDecides(UnknownChargePointPolicy policy, string id, AdmissionResult expected, long expectedRows)
    {
        _options.UnknownChargePoints = policy;
        var admission = CreateAdmission();

        var result = await admission.AdmitAsync(id, null, null, CancellationToken.None);

        Assert.Equal(expected, result);
        Assert.Equal(expectedRows, await _db.CountAsync("SELECT COUNT(*) FROM ChargePoints WHERE Id NOT IN ('OPEN-1', 'LOCKED-1')"));
    }

    [Fact]
    public async Task AdmitAsync_AcceptedNewChargePoint_StoredAsNewAtClockTime()
    {
        _options.UnknownChargePoints = UnknownChargePointPolicy.Accept;
        var admission = CreateAdmission();

        await admission.AdmitAsync("NEW-1", null, null, CancellationToken.None);

        await using var context = _db.CreateContext();
        var stored = await context.ChargePoints.AsNoTracking().SingleAsync(c => c.Id == "NEW-1");
        Assert.Equal((true, T0.AddDays(1), (string?)null), (stored.IsNew, stored.CreatedAt, stored.KeyHash));
    }

    [Fact]
    public async Task AdmitAsync_SameNewChargePointTwiceAtOnce_OneRow()
    {
        _options.UnknownChargePoints = UnknownChargePointPolicy.Accept;
        var admission = CreateAdmission();

        var results = await Task.WhenAll(
            admission.AdmitAsync("NEW-1", null, null, CancellationToken.None),
            admission.AdmitAsync("NEW-1", null, null, CancellationToken.None));

        Assert.All(results, r => Assert.NotEqual(AdmissionResult.Unknown, r));
        Assert.Equal(1, await _db.CountAsync("SELECT COUNT(*) FROM ChargePoints WHERE Id = 'NEW-1'"));
    }

    private ChargePointAdmission CreateAdmission() =>
        new(_services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>(), _db.Writer, _time, new FixedOptionsMonitor(_options));

    private sealed class FixedOptionsMonitor(OcppOptions value) : IOptionsMonitor<OcppOptions>
    {
        public OcppOptions CurrentValue => value;

        public OcppOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<OcppOptions, string?> listener) => null;
    }
}
