using System.Collections.Concurrent;

namespace EvDashboard.Core.Access.Queries;

/// <summary>
/// When each API key and display token was last used, kept in memory per request and written by
/// <see cref="AccessUsageFlusher"/> once a minute: a busy API client must not cost one database write per call.
/// </summary>
public sealed class AccessUsage
{
    private ConcurrentDictionary<long, DateTimeOffset> _apiKeys = new();
    private ConcurrentDictionary<long, DateTimeOffset> _displayTokens = new();

    public void ApiKeyUsed(long id, DateTimeOffset at) => _apiKeys.AddOrUpdate(id, at, (_, old) => at > old ? at : old);

    public void DisplayTokenUsed(long id, DateTimeOffset at) => _displayTokens.AddOrUpdate(id, at, (_, old) => at > old ? at : old);

    internal (IReadOnlyDictionary<long, DateTimeOffset> ApiKeys, IReadOnlyDictionary<long, DateTimeOffset> DisplayTokens) Take() =>
        (Interlocked.Exchange(ref _apiKeys, new()), Interlocked.Exchange(ref _displayTokens, new()));
}
