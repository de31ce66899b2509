/** st.help: an object's name, type and value, its docstring and a table of its members. */
import type { ElementRenderer } from "./types";
import type { HelpProps } from "../protocol/generated";

type Member = HelpProps["members"][number];

const NO_DOCS = "No docs available";

function MemberRow({ member }: { member: Member }) {
  return (
    <tr data-testid="stHelpMember" class="help-member">
      <td class="help-member-name">
        <code data-testid="stHelpMemberDocName">{member.name}</code>
        {member.type ? (
          <span data-testid="stHelpMemberDocType" class="help-member-type">
            {member.type}
          </span>
        ) : null}
      </td>
      <td class="help-member-doc">
        {member.value !== null ? (
          <code data-testid="stHelpMemberDocValue">{member.value}</code>
        ) : (
          <span data-testid="stHelpMemberDocString">{member.doc_string ?? NO_DOCS}</span>
        )}
      </td>
    </tr>
  );
}

export const help: ElementRenderer<"help"> = ({ node: { props } }) => (
  <div data-testid="stHelp" class="stHelp">
    <div class="help-header">
      {props.name ? (
        <code data-testid="stHelpName" class="help-name">
          {props.name}
        </code>
      ) : null}
      <span data-testid="stHelpType" class="help-type">
        {props.type}
      </span>
      {props.value ? (
        <code data-testid="stHelpValue" class="help-value">
          {props.value}
        </code>
      ) : null}
    </div>
    <pre data-testid="stHelpDoc" class="help-doc">
      {props.doc_string ?? NO_DOCS}
    </pre>
    {props.members.length > 0 ? (
      <div class="help-members">
        <table data-testid="stHelpMembersTable">
          <tbody>
            {props.members.map((member) => (
              <MemberRow key={member.name} member={member} />
            ))}
          </tbody>
        </table>
      </div>
    ) : null}
  </div>
);
