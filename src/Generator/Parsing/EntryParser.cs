using System.Linq;
using Microsoft.CodeAnalysis;
using Multiprocessing.Generator.Model;
using Multiprocessing.Generator.Support;

namespace Multiprocessing.Generator.Parsing
{
    /// <summary>Turns a method marked <c>[ProcessEntry]</c> into an <see cref="EntrySpec"/>, or nothing when it breaks a rule.</summary>
    internal static class EntryParser
    {
        public static EntrySpec? Parse(IMethodSymbol method)
        {
            if (EntryRules.Check(method) != EntryProblem.None)
            {
                return null;
            }

            var (returnKind, resultType) = ClassifyReturn(method.ReturnType);
            string signature = EntryIds.Signature(method);
            var parameters = method.Parameters
                .Select(p => new ParameterSpec(p.Name, p.Type.ToDisplayString(EntryIds.TypeFormat), EntryRules.IsCancellationToken(p.Type)))
                .ToEquatableArray();
            return new EntrySpec(
                EntryIds.Hash(signature),
                signature,
                EntryIds.DisplayName(method),
                method.ContainingType.ToDisplayString(EntryIds.TypeFormat),
                EntryIds.Escape(method.Name),
                parameters,
                returnKind,
                resultType);
        }

        private static (ReturnKind Kind, string ResultType) ClassifyReturn(ITypeSymbol returnType)
        {
            if (returnType.SpecialType == SpecialType.System_Void)
            {
                return (ReturnKind.Void, string.Empty);
            }

            if (returnType is INamedTypeSymbol named && named.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks")
            {
                switch (named.MetadataName)
                {
                    case "Task":
                        return (ReturnKind.Task, string.Empty);
                    case "ValueTask":
                        return (ReturnKind.ValueTask, string.Empty);
                    case "Task`1":
                        return (ReturnKind.TaskOfValue, named.TypeArguments[0].ToDisplayString(EntryIds.TypeFormat));
                    case "ValueTask`1":
                        return (ReturnKind.ValueTaskOfValue, named.TypeArguments[0].ToDisplayString(EntryIds.TypeFormat));
                }
            }

            return (ReturnKind.Value, returnType.ToDisplayString(EntryIds.TypeFormat));
        }
    }
}
