using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>SQLite at <paramref name="connectionString"/> (a relative path is under <paramref name="contentRoot"/>), one writer, pooled readers.</summary>
    public static IServiceCollection AddEvDashboardData(this IServiceCollection services, string connectionString, string contentRoot)
    {
        var database = SqliteDatabase.FromConnectionString(connectionString, contentRoot);
        services.AddSingleton(database);
        services.TryAddSingleton(TimeProvider.System);
        // Pooled: every OCPP connection, playbook pass and page read creates a context, and a new one builds its internal services.
        services.AddPooledDbContextFactory<EvDashboardDbContext>(database.Configure);
        // Identity's stores take the context itself: one per request scope, from the pool, returned when the scope ends.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>().CreateDbContext());
        services.AddOptions<DatabaseOptions>().BindConfiguration("Database").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DatabaseWriter>();
        services.AddSingleton<FirstPassDelay>();
        services.AddHostedService<DatabaseWriterLoop>();
        services.AddHostedService<WalCheckpointer>();
        return services;
    }
}
