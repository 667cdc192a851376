using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EvDashboard.Core.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EvDashboardDbContext>
{
    public EvDashboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EvDashboardDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
