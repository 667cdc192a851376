using EvDashboard.Access;
using EvDashboard.Api;
using EvDashboard.Components;
using EvDashboard.Core.Data;
using EvDashboard.Health;
using EvDashboard.Hosting;
using EvDashboard.Hubs;
using EvDashboard.Ocpp;
using EvDashboard.Reports;
using EvDashboard.Reports.Benchmark;
using EvDashboard.Rollups;
using EvDashboard.Seeding;

if (await SeedCommand.TryRunAsync(args) || await RollupCommand.TryRunAsync(args) || await ReportBenchmarkCommand.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);

builder.AddEvDashboardServices();

var app = builder.Build();

await app.Services.MigrateDatabaseAsync();

app.UseWebSockets();
app.UseAccessControl();
app.MapOcpp();
app.MapEvDashboardHealth();
app.MapManagementApi();
app.MapDashboard();
app.MapReportExports();
app.MapLiveHub();

await app.RunAsync();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
