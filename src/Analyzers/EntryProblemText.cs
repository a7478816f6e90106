using System;
using Microsoft.CodeAnalysis;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Analyzers
{
    /// <summary>What each broken entry rule means for the user, and what to do about it.</summary>
    internal static class EntryProblemText
    {
        public const string CantPickleLocalObject = "(Python: \"Can't pickle local object\")";

        public static string Explain(EntryProblem problem, IMethodSymbol method) => problem switch
        {
            EntryProblem.NotOrdinaryMethod =>
                "it is " + Kind(method) + ", which generated code cannot call by name; move the work into an ordinary static method and mark that",
            EntryProblem.StaticVirtualInInterface =>
                "it is a static abstract or virtual interface member, which C# lets code call only through a type parameter, so the generated "
                + "dispatch code cannot call it; mark a static method of a class instead, such as the member's implementation",
            EntryProblem.AsyncVoid =>
                "it is 'async void', which nothing can await, so the child would exit before its work is done; return Task instead",
            EntryProblem.NotStatic =>
                "it is an instance method, and a child process has no instance to call it on; make it static",
            EntryProblem.Generic =>
                "it is generic, and the child could not tell which type arguments to use; give it concrete parameter types",
            EntryProblem.LocalFunction =>
                "it is a local function, which a child process cannot find " + CantPickleLocalObject + "; make it a static method of a type",
            EntryProblem.InGenericType =>
                "it is declared in a generic type, and the child could not tell which type arguments to use; move it to a non-generic type",
            EntryProblem.NotAccessible =>
                "it or a type that contains it is private or protected, so the generated dispatch code cannot call it; make them internal or public",
            EntryProblem.RefParameter =>
                "it has a ref, out or in parameter, but arguments are copied to the child and only the return value comes back; pass values and return the result",
            EntryProblem.MisplacedCancellationToken =>
                "its CancellationToken is not its last parameter; move the token to the end",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "Not a broken entry rule."),
        };

        /// <summary>
        /// How a method is named in messages: <c>Worker.Square(int)</c>; as C# spells the others: <c>Helper()</c> for a
        /// local function, <c>Money.operator +(Money, Money)</c>, <c>Settings.Path.get</c>.
        /// </summary>
        public static string DisplayName(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Ordinary
                ? EntryIds.DisplayName(method)
                : method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);

        private static string Kind(IMethodSymbol method) => method.MethodKind switch
        {
            MethodKind.PropertyGet or MethodKind.PropertySet => "a property accessor",
            MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise => "an event accessor",
            MethodKind.UserDefinedOperator => "an operator",
            MethodKind.Conversion => "a conversion operator",
            MethodKind.Constructor or MethodKind.StaticConstructor => "a constructor",
            MethodKind.Destructor => "a finalizer",
            MethodKind.ExplicitInterfaceImplementation => "an explicit interface implementation",
            _ => "not an ordinary method",
        };
    }
}
