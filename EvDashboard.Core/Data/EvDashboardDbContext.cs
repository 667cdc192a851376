using EvDashboard.Core.Access;
using EvDashboard.Core.Alerts;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Healing;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.LocalLists;
using EvDashboard.Core.Identity.Unknown;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Data;

/// <summary>
/// The one database context. Lives for one unit of work: one OCPP message, one API call, one background tick.
/// It also holds ASP.NET Core Identity's tables for operator accounts.
/// </summary>
public sealed class EvDashboardDbContext(DbContextOptions<EvDashboardDbContext> options)
    : IdentityDbContext<OperatorUser, IdentityRole, string>(options)
{
    public DbSet<ChargePoint> ChargePoints => Set<ChargePoint>();

    public DbSet<Connector> Connectors => Set<Connector>();

    public DbSet<ConnectorStatusChange> ConnectorStatusChanges => Set<ConnectorStatusChange>();

    public DbSet<ConnectionEvent> ConnectionEvents => Set<ConnectionEvent>();

    public DbSet<DataTransferMessage> DataTransferMessages => Set<DataTransferMessage>();

    public DbSet<ChargingSession> ChargingSessions => Set<ChargingSession>();

    public DbSet<MeterSample> MeterSamples => Set<MeterSample>();

    public DbSet<LedgerAnomaly> LedgerAnomalies => Set<LedgerAnomaly>();

    public DbSet<IdTag> IdTags => Set<IdTag>();

    public DbSet<AuthorizationRecord> AuthorizationRecords => Set<AuthorizationRecord>();

    public DbSet<UnknownTagDismissal> UnknownTagDismissals => Set<UnknownTagDismissal>();

    public DbSet<LocalListState> LocalListStates => Set<LocalListState>();

    public DbSet<LocalListEntry> LocalListEntries => Set<LocalListEntry>();

    public DbSet<CommandRecord> CommandRecords => Set<CommandRecord>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<DisplayToken> DisplayTokens => Set<DisplayToken>();

    public DbSet<Tariff> Tariffs => Set<Tariff>();

    public DbSet<TariffVersion> TariffVersions => Set<TariffVersion>();

    public DbSet<TariffAssignment> TariffAssignments => Set<TariffAssignment>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<InvoiceLine> InvoiceLines => Set<InvoiceLine>();

    public DbSet<InvoiceCounter> InvoiceCounters => Set<InvoiceCounter>();

    public DbSet<ConnectorDay> ConnectorDays => Set<ConnectorDay>();

    public DbSet<ChargePointDay> ChargePointDays => Set<ChargePointDay>();

    public DbSet<SiteHour> SiteHours => Set<SiteHour>();

    public DbSet<RevenueDay> RevenueDays => Set<RevenueDay>();

    public DbSet<RollupState> RollupStates => Set<RollupState>();

    public DbSet<RollupDirtyDay> RollupDirtyDays => Set<RollupDirtyDay>();

    public DbSet<Alert> Alerts => Set<Alert>();

    public DbSet<AlertCondition> AlertConditions => Set<AlertCondition>();

    public DbSet<AlertCursor> AlertCursors => Set<AlertCursor>();

    public DbSet<AlertRuleSetting> AlertRuleSettings => Set<AlertRuleSetting>();

    public DbSet<AlertRuleExclusion> AlertRuleExclusions => Set<AlertRuleExclusion>();

    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();

    public DbSet<PlaybookRun> PlaybookRuns => Set<PlaybookRun>();

    public DbSet<SessionContinuation> SessionContinuations => Set<SessionContinuation>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EvDashboardDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset text, so every timestamp is stored as UTC ticks.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<ConnectorStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<SessionStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<IdTagStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AuthorizationOutcome>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<LedgerAnomalyKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<CommandOutcome>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AlertSeverity>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<AlertStatus>().HaveConversion<string>().HaveMaxLength(14);
        configurationBuilder.Properties<DeliveryChannel>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<DeliveryAudience>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<AlertDeliveryEvent>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<AlertDeliveryStatus>().HaveConversion<string>().HaveMaxLength(10);
    }
}
