namespace Byline.Evaluation;

/// <summary>The evaluation suites; each lives in its own folder and adds one line here.</summary>
public static partial class SuiteRegistry
{
    public static void RegisterAll()
    {
        Program.Register("attribution", Attribution.PolnearEvaluation.Usage, Attribution.PolnearEvaluation.Run);
        Program.Register("entities", Entities.EntityEvaluation.Usage, Entities.EntityEvaluation.Run);
        Program.Register("judged", Judged.JudgedEvaluation.Usage, Judged.JudgedEvaluation.Run);
    }
}
