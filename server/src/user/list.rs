//! ListUsers: the query tree evaluated over the users the caller may see.

use gatehouse_api::object::ListDetails;
use gatehouse_api::user::{self as api, SearchQuery, UserFieldName, UserType};

use super::store::{self, login_name_matches, UserRecord};
use crate::auth::Caller;
use crate::error::Result;
use crate::AppState;

const MAX_LIMIT: usize = 1000;

pub async fn list_users(state: AppState, caller: Caller, req: api::ListUsersRequest) -> Result<api::ListUsersResponse> {
    let scope = caller.listing_scope()?;
    let users = store::all_in(&state, scope.as_deref()).await?;
    let mut matching: Vec<UserRecord> =
        users.into_iter().filter(|u| req.queries.iter().all(|q| matches(u, q))).collect();
    sort(&mut matching, req.sorting_column, req.query.as_ref().is_some_and(|q| q.asc));
    let total = matching.len() as u64;
    let (offset, limit) = match &req.query {
        Some(q) => (q.offset as usize, if q.limit == 0 { MAX_LIMIT } else { (q.limit as usize).min(MAX_LIMIT) }),
        None => (0, MAX_LIMIT),
    };
    let result = matching.iter().skip(offset).take(limit).map(|u| u.to_wire(&state)).collect::<Result<Vec<_>>>()?;
    Ok(api::ListUsersResponse {
        details: ListDetails { total_result: total, processed_sequence: 0, timestamp: Some(state.now()) },
        sorting_column: req.sorting_column,
        result,
    })
}

fn sort(users: &mut [UserRecord], column: UserFieldName, asc: bool) {
    let key = |u: &UserRecord| -> String {
        match column {
            UserFieldName::UserName => u.username.to_lowercase(),
            UserFieldName::FirstName => u.given_name.to_lowercase(),
            UserFieldName::LastName => u.family_name.to_lowercase(),
            UserFieldName::NickName => u.nick_name.clone().unwrap_or_default().to_lowercase(),
            UserFieldName::DisplayName => u.display_name().to_lowercase(),
            UserFieldName::Email => u.email.clone().unwrap_or_default().to_lowercase(),
            UserFieldName::State => format!("{:03}", u.state),
            UserFieldName::Type => u.kind.clone(),
            // Ids are time-ordered and fixed-length enough to sort as numbers.
            UserFieldName::CreationDate | UserFieldName::Unspecified => format!("{:0>20}", u.id),
        }
    };
    users.sort_by_key(key);
    if !asc && column != UserFieldName::Unspecified {
        users.reverse();
    }
}

/// One query of the oneof; an empty query (no member set) matches everything.
pub fn matches(user: &UserRecord, q: &SearchQuery) -> bool {
    if let Some(x) = &q.user_name_query {
        return x.method.matches(&user.username, &x.user_name);
    }
    if let Some(x) = &q.first_name_query {
        return user.is_human() && x.method.matches(&user.given_name, &x.first_name);
    }
    if let Some(x) = &q.last_name_query {
        return user.is_human() && x.method.matches(&user.family_name, &x.last_name);
    }
    if let Some(x) = &q.display_name_query {
        return x.method.matches(&user.display_name(), &x.display_name);
    }
    if let Some(x) = &q.email_query {
        return user.email.as_deref().is_some_and(|e| x.method.matches(e, &x.email_address));
    }
    if let Some(x) = &q.login_name_query {
        // Equality on login names follows the login's rule (username, email or username@domain);
        // other methods compare against each login name.
        return match x.method {
            gatehouse_api::object::TextQueryMethod::Equals
            | gatehouse_api::object::TextQueryMethod::EqualsIgnoreCase => login_name_matches(user, &x.login_name),
            m => user.login_names().iter().any(|n| m.matches(n, &x.login_name)),
        };
    }
    if let Some(x) = &q.state_query {
        return user.state() == x.state;
    }
    if let Some(x) = &q.type_query {
        return match x.kind {
            UserType::Human => user.is_human(),
            UserType::Machine => !user.is_human(),
            UserType::Unspecified => true,
        };
    }
    if let Some(x) = &q.in_user_ids_query {
        return x.user_ids.contains(&user.id);
    }
    if let Some(x) = &q.organization_id_query {
        return user.org_id == x.organization_id;
    }
    if let Some(x) = &q.or_query {
        return x.queries.iter().any(|q| matches(user, q));
    }
    if let Some(x) = &q.and_query {
        return x.queries.iter().all(|q| matches(user, q));
    }
    if let Some(x) = &q.not_query {
        return !matches(user, &x.query);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::user::store::sample;
    use serde_json::json;

    fn q(v: serde_json::Value) -> SearchQuery {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn query_tree() {
        let u = sample("ada", "ada@example.com");
        assert!(matches(&u, &q(json!({"userNameQuery": {"userName": "ada"}}))));
        assert!(!matches(&u, &q(json!({"userNameQuery": {"userName": "ADA"}}))));
        assert!(matches(
            &u,
            &q(json!({"userNameQuery": {"userName": "ADA", "method": "TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE"}}))
        ));
        assert!(matches(&u, &q(json!({"emailQuery": {"emailAddress": "example", "method": 4}}))));
        assert!(matches(&u, &q(json!({"loginNameQuery": {"loginName": "ada@acme.localhost"}}))));
        assert!(matches(
            &u,
            &q(
                json!({"orQuery": {"queries": [{"userNameQuery": {"userName": "x"}}, {"emailQuery": {"emailAddress": "ada@example.com"}}]}})
            )
        ));
        assert!(!matches(
            &u,
            &q(
                json!({"andQuery": {"queries": [{"userNameQuery": {"userName": "ada"}}, {"typeQuery": {"type": "TYPE_MACHINE"}}]}})
            )
        ));
        assert!(matches(&u, &q(json!({"notQuery": {"query": {"stateQuery": {"state": "USER_STATE_LOCKED"}}}}))));
        assert!(matches(&u, &q(json!({"inUserIdsQuery": {"userIds": ["9", "1"]}}))));
        assert!(matches(&u, &q(json!({"organizationIdQuery": {"organizationId": "2"}}))));
        assert!(matches(
            &u,
            &q(json!({"firstNameQuery": {"firstName": "Ad", "method": "TEXT_QUERY_METHOD_STARTS_WITH"}}))
        ));
    }
}
