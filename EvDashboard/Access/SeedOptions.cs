using System.ComponentModel.DataAnnotations;

namespace EvDashboard.Access;

/// <summary>
/// Section "Seed": the first admin, for unattended installs (set them in the environment, e.g.
/// <c>Seed__AdminEmail</c>, <c>Seed__AdminPassword</c>). Used only while no operator account exists.
/// </summary>
internal sealed class SeedOptions : IValidatableObject
{
    public const string Section = "Seed";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public bool IsSet => !string.IsNullOrWhiteSpace(AdminEmail);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsSet && string.IsNullOrEmpty(AdminPassword))
        {
            yield return new ValidationResult("Seed:AdminPassword must be set when Seed:AdminEmail is.", [nameof(AdminPassword)]);
        }

        if (!IsSet && !string.IsNullOrEmpty(AdminPassword))
        {
            yield return new ValidationResult("Seed:AdminEmail must be set when Seed:AdminPassword is.", [nameof(AdminEmail)]);
        }

        if (IsSet && !new EmailAddressAttribute().IsValid(AdminEmail))
        {
            yield return new ValidationResult("Seed:AdminEmail is not an e-mail address.", [nameof(AdminEmail)]);
        }
    }
}
