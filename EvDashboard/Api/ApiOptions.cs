using System.ComponentModel.DataAnnotations;

namespace EvDashboard.Api;

/// <summary>
/// The management API's settings (section "Api"). Keys come from configuration, e.g. the environment
/// variable <c>Api__Keys__0</c>; with no key configured every /api call is refused.
/// </summary>
internal sealed class ApiOptions : IValidatableObject
{
    public const string Section = "Api";

    public const int MinKeyLength = 16;

    /// <summary>The accepted values of the X-Api-Key header.</summary>
    public IList<string> Keys { get; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Keys.Any(k => k is null || k.Length < MinKeyLength))
        {
            yield return new ValidationResult(
                $"Api:Keys: every API key must be at least {MinKeyLength} characters long.", [nameof(Keys)]);
        }
    }
}
