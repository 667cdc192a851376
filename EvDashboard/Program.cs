using EvDashboard.Access;
using EvDashboard.Api;
using EvDashboard.Billing;
using EvDashboard.Components;
using EvDashboard.Core.Data;
using EvDashboard.Health;
using EvDashboard.Hosting;
using EvDashboard.Hubs;
using EvDashboard.Ocpp;
using EvDashboard.Reports;
using EvDashboard.Seeding;

if (await SeedCommand.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);

builder.AddTlsEndpoint();
builder.Services.AddEvDashboardData(
    builder.Configuration.GetConnectionString("EvDashboard") ?? "Data Source=data/evdashboard.db",
    builder.Environment.ContentRootPath);
builder.Services.AddOcppEndpoint();
builder.Services.AddEvDashboardHealth();
builder.Services.AddManagementApi();
builder.Services.AddDashboard();
builder.Services.AddLiveHub();
builder.Services.AddAccessControl();
builder.Services.AddInvoicing();
builder.Services.AddReportExports();
builder.UseDashboardStaticAssets();

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
