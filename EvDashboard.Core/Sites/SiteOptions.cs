using System.ComponentModel.DataAnnotations;

namespace EvDashboard.Core.Sites;

/// <summary>The site the charge points belong to (one default site for now): its name and time zone.</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string Section = "Site";

    [Required(ErrorMessage = "Site:Name is required.")]
    [StringLength(100, ErrorMessage = "Site:Name is at most 100 characters.")]
    public string Name { get; set; } = "Main site";

    /// <summary>An IANA time zone id (e.g. Europe/Berlin); days, "today" and reports follow it.</summary>
    public string TimeZone { get; set; } = "UTC";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Site:TimeZone '{TimeZone}' is not a known time zone id (e.g. Europe/Berlin, America/New_York, UTC).", [nameof(TimeZone)]);
        }
    }
}
