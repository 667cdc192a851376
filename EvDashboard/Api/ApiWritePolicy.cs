using EvDashboard.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace EvDashboard.Api;

/// <summary>
/// Applied last to every /api endpoint: one that changes something (any method but GET/HEAD) needs the Operate
/// policy unless it names a policy of its own. A new write endpoint is thus never open to read-only keys by omission.
/// </summary>
internal static class ApiWritePolicy
{
    public static void Apply(EndpointBuilder endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
        var writes = methods.Count == 0 || methods.Any(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m));
        var ownPolicy = endpoint.Metadata.OfType<IAuthorizeData>()
            .Any(a => a.Policy is not null && a.Policy != AccessPolicies.Monitor);
        if (writes && !ownPolicy)
        {
            endpoint.Metadata.Add(new AuthorizeAttribute(AccessPolicies.Operate));
        }
    }
}
