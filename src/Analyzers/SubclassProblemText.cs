using System;
using Microsoft.CodeAnalysis;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Analyzers
{
    /// <summary>What each reason the generator skips a process class means for the user, and what to do about it.</summary>
    internal static class SubclassProblemText
    {
        private const string It = "it";

        /// <summary>The reason, why it stops the class from starting, and the fix: the second argument of MP0005.</summary>
        public static string Explain(SubclassProblem problem)
        {
            if (problem.Kind == SubclassProblemKind.BaseNotGenerated)
            {
                string baseName = Quote(problem.Related!);
                return problem.Cause is { } cause
                    ? "its base class " + baseName + " is not completed by the generator, because " + Reason(cause, baseName)
                        + ", so this class cannot be restored in the child either; make " + baseName
                        + " a class the generator completes, or derive this class from Process directly"
                    : "its base class " + baseName + " comes from the assembly '" + problem.Related!.ContainingAssembly?.Name
                        + "', which was not built with the Multiprocessing generator (the class has no restoring constructor), so this "
                        + "class cannot be restored in the child; derive from Process or from a process class built with the generator";
            }

            return Reason(problem, It) + ", " + Consequence(problem) + "; " + Fix(problem);
        }

        /// <summary>The broken rule, said of <paramref name="subject"/>: "it is not partial", "'Base' is abstract".</summary>
        private static string Reason(SubclassProblem problem, string subject)
        {
            string holder = problem.Related is { } related ? "the type " + Quote(related) + " that contains " + subject : subject;
            return problem.Kind switch
            {
                SubclassProblemKind.NotPartial => subject + " is not partial",
                SubclassProblemKind.ContainerNotPartial => holder + " is not partial",
                SubclassProblemKind.Generic => subject + " is generic",
                SubclassProblemKind.InGenericType => subject + " is nested in the generic type " + Quote(problem.Related!),
                SubclassProblemKind.FileLocal => holder + " is file-local",
                SubclassProblemKind.NotAccessible => holder + " is private or protected",
                SubclassProblemKind.PrimaryConstructor => subject + " has a primary constructor",
                _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Kind, "Not a subclass problem."),
            };
        }

        private static string Consequence(SubclassProblem problem) => problem.Kind switch
        {
            SubclassProblemKind.NotPartial or SubclassProblemKind.ContainerNotPartial =>
                "so the generator cannot add the code that carries its state to the child",
            SubclassProblemKind.Generic or SubclassProblemKind.InGenericType =>
                "and the child could not tell which type arguments to use",
            SubclassProblemKind.FileLocal =>
                "so the generated dispatch table, in another file, cannot name it",
            SubclassProblemKind.NotAccessible =>
                "so the generated dispatch table cannot create it in the child",
            SubclassProblemKind.PrimaryConstructor =>
                "which every other constructor must call, so the generator cannot add the constructor that restores it in the child",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Kind, "Not a problem of the class itself."),
        };

        private static string Fix(SubclassProblem problem) => problem.Kind switch
        {
            SubclassProblemKind.NotPartial => "declare it partial",
            SubclassProblemKind.ContainerNotPartial => "declare " + Quote(problem.Related!) + " partial too",
            SubclassProblemKind.Generic => "make it non-generic",
            SubclassProblemKind.InGenericType => "move it out of the generic type",
            SubclassProblemKind.FileLocal => problem.Related is null ? "remove the 'file' modifier" : "remove the 'file' modifier of " + Quote(problem.Related),
            SubclassProblemKind.NotAccessible => "make " + (problem.Related is null ? It : Quote(problem.Related)) + " internal or public",
            SubclassProblemKind.PrimaryConstructor => "declare an ordinary constructor instead",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem.Kind, "Not a problem of the class itself."),
        };

        /// <summary>How a class is named in messages: <c>'Outer.Worker'</c>, <c>'Base&lt;int&gt;'</c>.</summary>
        public static string Quote(INamedTypeSymbol type) => "'" + Name(type) + "'";

        public static string Name(INamedTypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
    }
}
