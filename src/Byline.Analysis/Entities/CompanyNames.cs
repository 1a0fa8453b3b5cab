namespace Byline.Analysis.Entities;

/// <summary>
/// Names of large listed companies without their legal forms ("Microsoft", "Walmart", "Lockheed Martin";
/// <c>company-names.yaml</c>, generated from datasets/s-and-p-500-companies, ODC PDDL 1.0; docs/knowledge-base.md),
/// less the spellings that say nothing alone or read as a person's name. Read where the brand list is read.
/// </summary>
internal static class CompanyNames
{
    public static readonly SpellingLookup<bool> Default = SpellingLookup.Set("company-names", "organisations", "load company names");
}
