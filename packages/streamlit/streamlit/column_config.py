"""`st.column_config`: configure the columns of st.dataframe and st.data_editor."""

from streamlit.elements.lib.column_types import (  # noqa: F401
    AreaChartColumn,
    BarChartColumn,
    CheckboxColumn,
    Column,
    ColumnConfig,
    DateColumn,
    DatetimeColumn,
    ImageColumn,
    JsonColumn,
    LineChartColumn,
    LinkColumn,
    ListColumn,
    MultiselectColumn,
    NumberColumn,
    ProgressColumn,
    SelectboxColumn,
    TextColumn,
    TimeColumn,
)
