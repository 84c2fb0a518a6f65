from streamlit.connections.base_connection import BaseConnection, ExperimentalBaseConnection
from streamlit.connections.sql_connection import QueryResult, SQLConnection

__all__ = ["BaseConnection", "ExperimentalBaseConnection", "QueryResult", "SQLConnection"]
