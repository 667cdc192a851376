using System.Text;
using EvDashboard.Core.Audit;
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
    private readonly PendingRegistrations _pending = new();
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
            scope.Db.ChargePoints.Add(WithKey("LOCKED-1", SecurityProfile.Basic));
            scope.Db.ChargePoints.Add(WithKey("TLS-1", SecurityProfile.TlsBasic));
            scope.Db.ChargePoints.Add(new ChargePoint("PENDING-1", null, T0, registeredOnFirstConnect: true, ChargePointApproval.Pending));
            var rejected = new ChargePoint("REJECTED-1", null, T0, registeredOnFirstConnect: true, ChargePointApproval.Pending);
            rejected.Reject();
            scope.Db.ChargePoints.Add(rejected);
            return Task.CompletedTask;
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Theory]
    [InlineData("OPEN-1", null, null, false, AdmissionResult.Admitted)]
    [InlineData("OPEN-1", "OPEN-1", "anything-at-all-1234", false, AdmissionResult.Admitted)]
    [InlineData("LOCKED-1", "LOCKED-1", Key, false, AdmissionResult.Admitted)]
    [InlineData("LOCKED-1", "LOCKED-1", Key, true, AdmissionResult.Admitted)]
    [InlineData("LOCKED-1", "LOCKED-1", Key + "x", false, AdmissionResult.Unauthorized)]
    [InlineData("LOCKED-1", "LOCKED-1", null, false, AdmissionResult.Unauthorized)]
    [InlineData("LOCKED-1", null, null, false, AdmissionResult.Unauthorized)]
    [InlineData("LOCKED-1", "locked-1", Key, false, AdmissionResult.Unauthorized)]
    [InlineData("LOCKED-1", "OPEN-1", Key, false, AdmissionResult.Unauthorized)]
    [InlineData("TLS-1", "TLS-1", Key, true, AdmissionResult.Admitted)]
    [InlineData("TLS-1", "TLS-1", Key, false, AdmissionResult.Forbidden)]
    [InlineData("TLS-1", null, null, false, AdmissionResult.Forbidden)]
    [InlineData("TLS-1", null, null, true, AdmissionResult.Unauthorized)]
    [InlineData("TLS-1", "TLS-1", Key + "x", true, AdmissionResult.Unauthorized)]
    [InlineData("PENDING-1", null, null, false, AdmissionResult.AdmittedPending)]
    [InlineData("REJECTED-1", null, null, false, AdmissionResult.Forbidden)]
    public async Task AdmitAsync_KnownChargePoint_ProfileAndApprovalDecide(string id, string? user, string? password, bool overTls, AdmissionResult expected)
    {
        var admission = CreateAdmission();

        var decision = await admission.AdmitAsync(Request(id, user, password, overTls), CancellationToken.None);

        Assert.Equal(expected, decision.Result);
    }

    [Fact]
    public async Task AdmitAsync_RefusedConnection_AuditedWithTheChargePointAsActorAndNoKey()
    {
        var admission = CreateAdmission();

        await admission.AdmitAsync(Request("TLS-1", "TLS-1", Key, overTls: false) with { RemoteAddress = "10.0.0.7" }, CancellationToken.None);

        await using var context = _db.CreateContext();
        var entry = await context.AuditEntries.AsNoTracking().SingleAsync();
        Assert.Equal(("TLS-1", ChargePointAdmission.RefusedAction, "TLS-1", nameof(AuditResult.Denied), "10.0.0.7"),
            (entry.Actor, entry.Action, entry.Target, entry.Result, entry.RemoteAddress));
        Assert.Contains("profile 2 needs wss", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdmitAsync_AdmittedConnection_NotAudited()
    {
        var admission = CreateAdmission();

        await admission.AdmitAsync(Request("LOCKED-1", "LOCKED-1", Key, overTls: false), CancellationToken.None);

        Assert.Equal(0, await _db.CountAsync("SELECT COUNT(*) FROM AuditEntries"));
    }

    [Theory]
    [InlineData("raw")]
    [InlineData("hex")]
    [InlineData("lowerhex")]
    public async Task AdmitAsync_GeneratedKey_RawBytesOrItsHexTextAccepted(string form)
    {
        var (key, hex) = ChargePointKeyHasher.Generate();
        await _db.WriteAsync((scope, _) =>
        {
            var chargePoint = new ChargePoint("GEN-1", null, T0, registeredOnFirstConnect: false);
            chargePoint.SetKeyHash(ChargePointKeyHasher.Hash(key));
            chargePoint.ChangeSecurityProfile(SecurityProfile.Basic);
            scope.Db.ChargePoints.Add(chargePoint);
            return Task.CompletedTask;
        });
        var password = form switch
        {
            "raw" => key,
            "hex" => Encoding.ASCII.GetBytes(hex),
            _ => Encoding.ASCII.GetBytes(hex.ToLowerInvariant()),
        };

        var decision = await CreateAdmission().AdmitAsync(new HandshakeRequest("GEN-1", "GEN-1", password, false, null), CancellationToken.None);

        Assert.Equal(AdmissionResult.Admitted, decision.Result);
    }

    [Theory]
    [InlineData(UnknownChargePointPolicy.Reject, "NEW-1", AdmissionResult.Unknown, 0)]
    [InlineData(UnknownChargePointPolicy.Accept, "NEW-1", AdmissionResult.AdmittedAsNew, 1)]
    [InlineData(UnknownChargePointPolicy.PendingApproval, "NEW-1", AdmissionResult.AdmittedPending, 1)]
    [InlineData(UnknownChargePointPolicy.Accept, "NEW/1", AdmissionResult.Unknown, 0)]
    [InlineData(UnknownChargePointPolicy.Accept, "", AdmissionResult.Unknown, 0)]
    public async Task AdmitAsync_UnknownChargePoint_PolicyDecides(UnknownChargePointPolicy policy, string id, AdmissionResult expected, long expectedRows)
    {
        _options.UnknownChargePoints = policy;
        var admission = CreateAdmission();

        var decision = await admission.AdmitAsync(Request(id, null, null, false), CancellationToken.None);

        Assert.Equal(expected, decision.Result);
        Assert.Equal(expectedRows, await _db.CountAsync("SELECT COUNT(*) FROM ChargePoints WHERE Id NOT IN ('OPEN-1', 'LOCKED-1', 'TLS-1', 'PENDING-1', 'REJECTED-1')"));
    }

    [Fact]
    public async Task AdmitAsync_PendingApprovalPolicy_StoredPendingAndConnectionMarkedPending()
    {
        _options.UnknownChargePoints = UnknownChargePointPolicy.PendingApproval;
        var admission = CreateAdmission();

        await admission.AdmitAsync(Request("NEW-1", null, null, false), CancellationToken.None);

        await using var context = _db.CreateContext();
        var stored = await context.ChargePoints.AsNoTracking().SingleAsync(c => c.Id == "NEW-1");
        Assert.Equal((true, ChargePointApproval.Pending, SecurityProfile.None), (stored.IsNew, stored.Approval, stored.SecurityProfile));
        Assert.True(_pending.IsPending("NEW-1"));
    }

    [Fact]
    public async Task AdmitAsync_AcceptedNewChargePoint_StoredAsNewAtClockTime()
    {
        _options.UnknownChargePoints = UnknownChargePointPolicy.Accept;
        var admission = CreateAdmission();

        await admission.AdmitAsync(Request("NEW-1", null, null, false), CancellationToken.None);

        await using var context = _db.CreateContext();
        var stored = await context.ChargePoints.AsNoTracking().SingleAsync(c => c.Id == "NEW-1");
        Assert.Equal((true, T0.AddDays(1), (string?)null, ChargePointApproval.Approved), (stored.IsNew, stored.CreatedAt, stored.KeyHash, stored.Approval));
        Assert.False(_pending.IsPending("NEW-1"));
    }

    [Fact]
    public async Task AdmitAsync_SameNewChargePointTwiceAtOnce_OneRow()
    {
        _options.UnknownChargePoints = UnknownChargePointPolicy.Accept;
        var admission = CreateAdmission();

        var results = await Task.WhenAll(
            admission.AdmitAsync(Request("NEW-1", null, null, false), CancellationToken.None),
            admission.AdmitAsync(Request("NEW-1", null, null, false), CancellationToken.None));

        Assert.All(results, r => Assert.True(r.IsAdmitted));
        Assert.Equal(1, await _db.CountAsync("SELECT COUNT(*) FROM ChargePoints WHERE Id = 'NEW-1'"));
    }

    private static ChargePoint WithKey(string id, SecurityProfile profile)
    {
        var chargePoint = new ChargePoint(id, null, T0, registeredOnFirstConnect: false);
        chargePoint.SetKeyHash(ChargePointKeyHasher.Hash(Key));
        chargePoint.ChangeSecurityProfile(profile);
        return chargePoint;
    }

    private static HandshakeRequest Request(string id, string? user, string? password, bool overTls) =>
        new(id, user, password is null ? null : Encoding.UTF8.GetBytes(password), overTls, RemoteAddress: null);

    private ChargePointAdmission CreateAdmission() =>
        new(_services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>(), _db.Writer, new AuditTrail(_db.Writer, _time), new RefusalThrottle(_time), _pending, _time,
            new FixedOptionsMonitor(_options));

    private sealed class FixedOptionsMonitor(OcppOptions value) : IOptionsMonitor<OcppOptions>
    {
        public OcppOptions CurrentValue => value;

        public OcppOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<OcppOptions, string?> listener) => null;
    }
}
